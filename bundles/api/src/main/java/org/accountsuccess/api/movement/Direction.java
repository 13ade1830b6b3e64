package org.accountsuccess.api.movement;

import org.accountsuccess.api.LoyaltyClass;

/** Which way a class moved, in the order promoter > passive > detractor. */
public enum Direction {
    CLIMBER, FALLER;

    /** The move from {@code before} to {@code after}; {@code null} when unchanged or when either is a non-responder. */
    public static Direction of(LoyaltyClass before, LoyaltyClass after) {
        if (before == LoyaltyClass.NON_RESPONDER || after == LoyaltyClass.NON_RESPONDER || before == after) {
            return null;
        }
        // the enum lists PROMOTER, PASSIVE, DETRACTOR: a smaller ordinal is the better class
        return after.ordinal() < before.ordinal() ? CLIMBER : FALLER;
    }
}
