package org.accountsuccess.api.renewal;

/**
 * The holdout contracts whose predicted probability fell in {@code [from, to)} ({@code to} included
 * for the last bin), and how many of them renewed.
 *
 * @param from the lower bound of the predicted probability
 * @param to the upper bound
 * @param contracts holdout contracts in the bin
 * @param predicted their mean predicted probability
 * @param observed the share of them that renewed
 */
public record CalibrationBin(double from, double to, int contracts, double predicted, double observed) {
}
