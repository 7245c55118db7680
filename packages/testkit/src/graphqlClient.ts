export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[];
}

/** POSTs one GraphQL operation as a client would, and returns status, data and errors. */
export async function graphql<T = Record<string, any>>( // eslint-disable-line @typescript-eslint/no-explicit-any
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...headers,
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as Omit<GraphQLResponse<T>, 'status'>;
  return { status: response.status, ...body };
}

/** The error codes of a response, for assertions like `expect(codes(r)).toEqual(['CONFLICT'])`. */
export function errorCodes(response: GraphQLResponse<unknown>): unknown[] {
  return (response.errors ?? []).map((error) => error.extensions?.code);
}

/** The data of a response that must have succeeded; otherwise fails showing its errors. */
export function dataOf<T>(response: GraphQLResponse<T>): T {
  if (response.errors?.length || !response.data) {
    throw new Error(`Expected data, got ${JSON.stringify(response.errors ?? response)}`);
  }
  return response.data;
}

/** The one error of a response: its code and, for BAD_USER_INPUT, the fields it names. */
export function errorOf(response: GraphQLResponse<unknown>): {
  code: unknown;
  fields?: Record<string, string>;
} {
  if (response.errors?.length !== 1) {
    throw new Error(`Expected one error, got ${JSON.stringify(response.errors ?? response.data)}`);
  }
  const { code, fields } = response.errors[0]!.extensions ?? {};
  return fields ? { code, fields: fields as Record<string, string> } : { code };
}
