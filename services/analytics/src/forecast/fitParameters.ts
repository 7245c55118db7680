// Deterministic bounded minimisation of the smoothing parameters: a coarse grid finds the basin, then
// Nelder–Mead (projected onto the box) refines it. No randomness, so the same history gives the same fit.

const LOWER_BOUND = 1e-4;
const UPPER_BOUND = 1 - 1e-4;
const GRID = [0.05, 0.2, 0.4, 0.6, 0.8, 0.95];
const INITIAL_STEP = 0.1;
const MAX_ITERATIONS_PER_DIMENSION = 200;
const VALUE_TOLERANCE = 1e-10;
const POINT_TOLERANCE = 1e-7;

interface Vertex {
  point: number[];
  value: number;
}

/** The point of [1e-4, 1 − 1e-4]^dimensions where objective is smallest (a local minimum near the best grid point). */
export function minimiseInUnitBox(objective: (point: number[]) => number, dimensions: number): number[] {
  const evaluate = (point: number[]): Vertex => {
    const inBox = point.map((x) => Math.min(UPPER_BOUND, Math.max(LOWER_BOUND, x)));
    const value = objective(inBox);
    // NaN would break the ordering of the simplex; treat it like an impossible parameter set.
    return { point: inBox, value: Number.isNaN(value) ? Infinity : value };
  };
  return nelderMead(evaluate, bestGridPoint(evaluate, dimensions));
}

function bestGridPoint(evaluate: (point: number[]) => Vertex, dimensions: number): Vertex {
  let best = evaluate(Array<number>(dimensions).fill(0.5));
  const visit = (prefix: number[]): void => {
    if (prefix.length === dimensions) {
      const vertex = evaluate(prefix);
      if (vertex.value < best.value) best = vertex;
      return;
    }
    for (const value of GRID) visit([...prefix, value]);
  };
  visit([]);
  return best;
}

function nelderMead(evaluate: (point: number[]) => Vertex, start: Vertex): number[] {
  const dimensions = start.point.length;
  let simplex: Vertex[] = [start];
  for (let axis = 0; axis < dimensions; axis++) {
    const point = [...start.point];
    // Step towards the middle of the box so the first simplex is not flattened against a bound.
    point[axis] = point[axis]! + (point[axis]! > 0.5 ? -INITIAL_STEP : INITIAL_STEP);
    simplex.push(evaluate(point));
  }

  for (let iteration = 0; iteration < MAX_ITERATIONS_PER_DIMENSION * dimensions; iteration++) {
    simplex.sort((a, b) => a.value - b.value);
    const best = simplex[0]!;
    const worst = simplex[dimensions]!;
    const secondWorst = simplex[dimensions - 1]!;
    if (hasConverged(simplex)) break;

    const centroid = best.point.map(
      (_, axis) =>
        simplex.slice(0, dimensions).reduce((sum, vertex) => sum + vertex.point[axis]!, 0) / dimensions,
    );
    // t = −1 reflects the worst vertex through the centroid, −2 expands, ∓0.5 contracts outside / inside.
    const alongWorst = (t: number): Vertex =>
      evaluate(centroid.map((c, axis) => c + t * (worst.point[axis]! - c)));

    const reflected = alongWorst(-1);
    if (reflected.value < best.value) {
      const expanded = alongWorst(-2);
      simplex[dimensions] = expanded.value < reflected.value ? expanded : reflected;
    } else if (reflected.value < secondWorst.value) {
      simplex[dimensions] = reflected;
    } else {
      const contracted = reflected.value < worst.value ? alongWorst(-0.5) : alongWorst(0.5);
      if (contracted.value < Math.min(reflected.value, worst.value)) {
        simplex[dimensions] = contracted;
      } else {
        simplex = simplex.map((vertex, index) =>
          index === 0
            ? vertex
            : evaluate(vertex.point.map((x, axis) => best.point[axis]! + 0.5 * (x - best.point[axis]!))),
        );
      }
    }
  }
  simplex.sort((a, b) => a.value - b.value);
  return simplex[0]!.point;
}

function hasConverged(sortedSimplex: readonly Vertex[]): boolean {
  const best = sortedSimplex[0]!;
  const worst = sortedSimplex[sortedSimplex.length - 1]!;
  if (!Number.isFinite(worst.value)) return false;
  const valueSpread = worst.value - best.value;
  const pointSpread = Math.max(
    ...sortedSimplex.flatMap((vertex) => vertex.point.map((x, axis) => Math.abs(x - best.point[axis]!))),
  );
  return valueSpread <= VALUE_TOLERANCE * Math.abs(best.value) + 1e-12 && pointSpread <= POINT_TOLERANCE;
}
