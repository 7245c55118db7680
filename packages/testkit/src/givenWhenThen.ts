/**
 * A workflow's rule in three steps: the state given, the rule run on it, and what it decided or refused.
 * `given(order).when((o) => statusMove(orderWorkflow, o, 'CANCELLED', …)).decides()` is the decision;
 * `.refuses()` is the error it threw (and fails the test when it decided instead).
 */
export function given<S>(state: S) {
  return {
    when<R>(rule: (state: S) => R) {
      return {
        decides: (): R => rule(state),
        refuses: (): unknown => {
          let decided: R;
          try {
            decided = rule(state);
          } catch (error) {
            return error;
          }
          throw new Error(`Expected a refusal, the rule decided ${JSON.stringify(decided)}`);
        },
      };
    },
  };
}
