package org.accountsuccess.api.nps;

import java.util.OptionalDouble;

/**
 * Two NPS figures and whether they differ beyond chance.
 *
 * @param first the first figure
 * @param second the second figure
 * @param difference {@code second - first}; empty when either is undefined
 * @param significant true when {@code |difference| > 1.96 * sqrt(se1^2 + se2^2)} (plain Wald)
 */
public record NpsComparison(NpsResult first, NpsResult second, OptionalDouble difference, boolean significant) {
}
