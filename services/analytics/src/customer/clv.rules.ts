/** Longest expected customer lifespan, used when (almost) nobody churns. */
export const maxLifespanYears = 10;

export interface ClvInputs {
  revenue: number;
  orderCount: number;
  firstOrderAt: Date;
  now: Date;
  /** The tenant's churn rate over the last 365 days (0–1), null when nobody was active. */
  annualChurnRate: number | null;
  margin: number;
}

/**
 * docs/architecture.md §9's predicted CLV: average order value × orders per year × expected lifespan × margin.
 * Orders per year: order count over the years since the first order (at least one year). Expected
 * lifespan: 1 / annual churn rate, at most 10 years.
 */
export function predictedClv(inputs: ClvInputs): { value: number; rule: string } {
  const averageOrderValue = inputs.revenue / inputs.orderCount;
  const years = Math.max(1, (inputs.now.getTime() - inputs.firstOrderAt.getTime()) / (365.25 * 86_400_000));
  const ordersPerYear = inputs.orderCount / years;
  const churn = inputs.annualChurnRate;
  const lifespan = churn != null && churn > 0 ? Math.min(maxLifespanYears, 1 / churn) : maxLifespanYears;
  const value = averageOrderValue * ordersPerYear * lifespan * inputs.margin;
  const lifespanRule =
    churn != null && churn > 0
      ? `1 / annual churn rate ${churn.toFixed(4)}, at most ${maxLifespanYears}`
      : `no churn in the last year: the maximum ${maxLifespanYears}`;
  return {
    value,
    rule:
      `average order value ${averageOrderValue.toFixed(2)} × ${ordersPerYear.toFixed(3)} orders per year ` +
      `(${inputs.orderCount} orders over ${years.toFixed(2)} years, at least 1) × expected lifespan ` +
      `${lifespan.toFixed(2)} years (${lifespanRule}) × margin ${inputs.margin}`,
  };
}
