package org.accountsuccess.kpi.nps;

import java.util.Collection;
import java.util.OptionalDouble;

import org.accountsuccess.api.LoyaltyClass;
import org.accountsuccess.host.spi.Role;
import org.accountsuccess.kpi.KpiParameters;

/** Role-weighted account NPS and the account loyalty class. */
public final class AccountNps {
    /**
     * One contact's counted response.
     *
     * @param role the contact's role, which sets the weight
     * @param score the contact's latest score in the lookback
     */
    public record Vote(Role role, int score) {
    }

    private AccountNps() {
    }

    /** {@code 100 * (sum w*isP - sum w*isD) / sum w}; empty when no vote carries weight. */
    public static OptionalDouble of(Collection<Vote> votes, KpiParameters parameters) {
        double total = 0;
        double net = 0;
        for (Vote vote : votes) {
            double w = parameters.weight(vote.role());
            total += w;
            switch (NpsMath.classify(vote.score())) {
                case PROMOTER -> net += w;
                case DETRACTOR -> net -= w;
                default -> {
                    // passives weigh in the denominator only
                }
            }
        }
        return total == 0 ? OptionalDouble.empty() : OptionalDouble.of(100 * net / total);
    }

    /** Promoter account {@code >= 30}, detractor account {@code < 0}, passive between, non-responder without NPS. */
    public static LoyaltyClass classOf(OptionalDouble accountNps, KpiParameters parameters) {
        if (accountNps.isEmpty()) {
            return LoyaltyClass.NON_RESPONDER;
        }
        double nps = accountNps.getAsDouble();
        if (nps >= parameters.promoterAccountThreshold()) {
            return LoyaltyClass.PROMOTER;
        }
        return nps < parameters.detractorAccountThreshold() ? LoyaltyClass.DETRACTOR : LoyaltyClass.PASSIVE;
    }
}
