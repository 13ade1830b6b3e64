package org.accountsuccess.api.matrix;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The success matrix as of a day. Only accounts with an account NPS (and, for margin, with a
 * margin figure) are plotted; the split of the value axis is the median value of the plotted
 * accounts, and an account at or above it is high value.
 *
 * @param asOf the day
 * @param measure the value axis
 * @param currency the base currency of the values
 * @param valueSplit the median value of the plotted accounts (mean of the two middle ones for an even
 *        count); empty when nothing is plotted
 * @param plotted accounts plotted
 * @param leftOut accounts of the selection left out: no account NPS, or no margin figure
 * @param quadrants the four quadrants in {@link Quadrant} order, with counts and totals
 * @param points the plotted accounts, by quadrant, then value descending, then id
 */
public record SuccessMatrix(LocalDate asOf, MatrixMeasure measure, String currency, Optional<BigDecimal> valueSplit,
        int plotted, int leftOut, List<QuadrantSummary> quadrants, List<MatrixPoint> points) {
    public SuccessMatrix {
        quadrants = List.copyOf(quadrants);
        points = List.copyOf(points);
    }
}
