package org.accountsuccess.api.nps;

import java.util.OptionalDouble;

/**
 * How many invited contacts answered.
 *
 * @param invited distinct contacts invited in the window
 * @param responded distinct contacts with a valid response in the window
 * @param rate {@code responded / invited}; empty when nobody was invited
 */
public record ResponseRate(int invited, int responded, OptionalDouble rate) {
}
