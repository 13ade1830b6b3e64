package org.accountsuccess.kpi.nps;

import org.accountsuccess.api.LoyaltyClass;
import org.accountsuccess.api.nps.NpsResult;

/** Counts promoters, passives and detractors one unit at a time. */
public final class NpsTally {
    private int promoters;
    private int passives;
    private int detractors;

    /** Counts one response by its score. */
    public void addScore(int score) {
        add(NpsMath.classify(score));
    }

    /** Counts one unit of a class; non-responders are not counted. */
    public void add(LoyaltyClass loyaltyClass) {
        switch (loyaltyClass) {
            case PROMOTER -> promoters++;
            case PASSIVE -> passives++;
            case DETRACTOR -> detractors++;
            case NON_RESPONDER -> {
                // invited but silent: not part of N
            }
        }
    }

    /** Counts everything {@code other} counted. */
    public void addAll(NpsTally other) {
        promoters += other.promoters;
        passives += other.passives;
        detractors += other.detractors;
    }

    /** The units counted. */
    public int count() {
        return promoters + passives + detractors;
    }

    public NpsResult result(double z) {
        return NpsMath.result(promoters, passives, detractors, z);
    }
}
