package org.accountsuccess.api.matrix;

import java.math.BigDecimal;

/**
 * The accounts of one quadrant.
 *
 * @param quadrant the quadrant
 * @param action its action text
 * @param accounts how many accounts fall in it
 * @param value their total ARR or margin
 */
public record QuadrantSummary(Quadrant quadrant, String action, int accounts, BigDecimal value) {
}
