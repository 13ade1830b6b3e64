package org.accountsuccess.rest;

import java.util.OptionalDouble;

import org.accountsuccess.api.nps.NpsComparison;
import org.accountsuccess.api.nps.NpsLevel;
import org.accountsuccess.api.nps.NpsQuery;
import org.accountsuccess.api.nps.NpsResult;
import org.accountsuccess.host.spi.DateWindow;

/**
 * The answer of {@code GET /nps/compare}: the NPS of a window against a previous one.
 *
 * @param change {@code current - previous} in NPS points; {@code null} in JSON when either is undefined
 * @param significant whether the change is beyond chance (the api's plain Wald test at 95 %)
 */
public record NpsChange(NpsLevel level, DateWindow window, DateWindow previousWindow, NpsResult current,
        NpsResult previous, OptionalDouble change, boolean significant) {

    static NpsChange of(NpsQuery current, NpsQuery previous, NpsComparison comparison) {
        return new NpsChange(current.level(), current.window(), previous.window(), comparison.second(),
                comparison.first(), comparison.difference(), comparison.significant());
    }
}
