package org.accountsuccess.api.nps;

import java.util.List;

/**
 * NPS month by month, as a chart draws it.
 *
 * @param level what one unit is
 * @param windowDays the length of each point's window in days
 * @param points one per month, oldest first
 */
public record NpsSeries(NpsLevel level, int windowDays, List<NpsPoint> points) {
    public NpsSeries {
        points = List.copyOf(points);
    }
}
