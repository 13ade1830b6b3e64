package org.accountsuccess.core;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.ToDoubleBiFunction;

import org.accountsuccess.api.health.HealthScore;
import org.accountsuccess.host.spi.Account;
import org.accountsuccess.kpi.health.HealthParameters;

/**
 * The health parameters of the configuration ({@value HealthScore#DEFAULT_RULE}) and the rules that
 * change them for a segment, a tier or both, read from {@code rule.<name>.<key>} properties of
 * {@value HealthConfiguration#PID}:
 *
 * <pre>
 * rule.enterprise.segment = Enterprise
 * rule.enterprise.weights = loyalty=4, renewal=2
 * rule.enterprise.band.green = 75
 * rule.tier3.tier = 3
 * rule.tier3.engagement.zero.at.limits = 3
 * </pre>
 *
 * A rule names its segment (matched ignoring case), its tier (1 to 3) or both, and any of the
 * configuration's weights, bands and mappings; what it does not name it takes from the
 * configuration ({@code weights} entries are merged over the configuration's). An account takes
 * the rule naming both its segment and its tier, else its segment, else its tier, else the
 * default. Two rules for the same segment and tier, an unknown key or a bad value are refused,
 * naming the property.
 *
 * @param base the configuration's own parameters
 * @param rules the rules, by name
 */
record HealthRules(HealthParameters base, List<Rule> rules) {

    /**
     * One rule.
     *
     * @param name its name, the part of its keys after {@code rule.}
     * @param segment the segment it is for, or {@code null} for any
     * @param tier the tier it is for, or {@code null} for any
     * @param parameters the parameters it scores with
     */
    record Rule(String name, String segment, Integer tier, HealthParameters parameters) {
        boolean matches(Account account) {
            return (segment == null || segment.equalsIgnoreCase(Objects.toString(account.segment(), "").strip()))
                    && (tier == null || tier == account.tier());
        }

        /** Segment and tier before segment before tier. */
        int specificity() {
            return (segment != null ? 2 : 0) + (tier != null ? 1 : 0);
        }
    }

    private static final String PREFIX = "rule.";
    private static final Set<String> KEYS = Set.of("segment", "tier", "weights", "band.green", "band.yellow",
            "engagement.zero.at.limits", "tickets.window.days", "tickets.penalty", "mrr.trend.days",
            "mrr.trend.flat.score", "mrr.trend.points.per.percent", "renewal.horizon.days");

    HealthRules {
        rules = rules.stream().sorted(Comparator.comparingInt(Rule::specificity).reversed()
                .thenComparing(Rule::name)).toList();
    }

    /** The rule an account is scored with. */
    Rule ruleFor(Account account) {
        for (Rule rule : rules) {
            if (rule.matches(account)) {
                return rule;
            }
        }
        return new Rule(HealthScore.DEFAULT_RULE, null, null, base);
    }

    /**
     * The rules of the component's properties over {@code base}.
     *
     * @throws IllegalArgumentException naming the property, for an unknown key, a bad value, a rule
     *         without segment and tier, or two rules for the same segment and tier
     */
    static HealthRules of(HealthParameters base, Map<String, ?> properties) {
        Map<String, Map<String, String>> byName = new TreeMap<>();
        properties.forEach((key, value) -> {
            if (!key.startsWith(PREFIX)) {
                return;
            }
            String rest = key.substring(PREFIX.length());
            int dot = rest.indexOf('.');
            String name = dot < 0 ? rest : rest.substring(0, dot);
            String setting = dot < 0 ? "" : rest.substring(dot + 1);
            if (!name.matches("[a-z0-9][a-z0-9_-]*") || name.equals(HealthScore.DEFAULT_RULE)) {
                throw refused(key, "a rule's name is lower-case letters, digits, '_' or '-', and not '"
                        + HealthScore.DEFAULT_RULE + "'");
            }
            if (!KEYS.contains(setting)) {
                throw refused(key, "unknown setting '" + setting + "'; a rule takes " + String.join(", ",
                        KEYS.stream().sorted().toList()));
            }
            byName.computeIfAbsent(name, n -> new LinkedHashMap<>()).put(setting, text(value));
        });
        List<Rule> rules = new ArrayList<>();
        Map<String, String> selectors = new TreeMap<>();
        byName.forEach((name, settings) -> {
            Rule rule = rule(base, name, settings);
            String selector = (rule.segment() == null ? "*" : rule.segment().toLowerCase(Locale.ROOT)) + "/"
                    + (rule.tier() == null ? "*" : rule.tier());
            String other = selectors.putIfAbsent(selector, name);
            if (other != null) {
                throw new IllegalArgumentException(HealthConfiguration.PID + ": rules '" + other + "' and '" + name
                        + "' are both for " + describe(rule) + "; keep one");
            }
            rules.add(rule);
        });
        return new HealthRules(base, rules);
    }

    private static Rule rule(HealthParameters base, String name, Map<String, String> s) {
        String key = PREFIX + name + ".";
        String segment = s.containsKey("segment") && !s.get("segment").isEmpty() ? s.get("segment") : null;
        Integer tier = s.containsKey("tier") ? (int) number(key + "tier", s.get("tier"), 1, 3, true) : null;
        if (segment == null && tier == null) {
            throw refused(key + "segment", "rule '" + name + "' names neither a segment nor a tier ("
                    + key + "segment or " + key + "tier)");
        }
        Map<String, Double> weights = new LinkedHashMap<>(base.weights());
        if (s.containsKey("weights")) {
            HealthComponent.readWeights(key + "weights", new String[] {s.get("weights")}, weights);
        }
        Map<String, Double> set = new LinkedHashMap<>();
        s.forEach((setting, value) -> {
            if (!setting.equals("segment") && !setting.equals("tier") && !setting.equals("weights")) {
                set.put(setting, number(key + setting, value, 0, Double.MAX_VALUE, setting.endsWith("days")));
            }
        });
        ToDoubleBiFunction<String, Double> at = (setting, fallback) -> set.getOrDefault(setting, fallback);
        try {
            return new Rule(name, segment, tier, new HealthParameters(weights,
                    at.applyAsDouble("band.green", base.greenFrom()),
                    at.applyAsDouble("band.yellow", base.yellowFrom()),
                    at.applyAsDouble("engagement.zero.at.limits", base.engagementZeroAt()),
                    (int) at.applyAsDouble("tickets.window.days", (double) base.ticketWindowDays()),
                    at.applyAsDouble("tickets.penalty", base.ticketPenalty()),
                    (int) at.applyAsDouble("mrr.trend.days", (double) base.mrrTrendDays()),
                    at.applyAsDouble("mrr.trend.flat.score", base.mrrFlatScore()),
                    at.applyAsDouble("mrr.trend.points.per.percent", base.mrrPointsPerPercent()),
                    (int) at.applyAsDouble("renewal.horizon.days", (double) base.renewalHorizonDays())));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(HealthConfiguration.PID + ": rule '" + name + "': " + e.getMessage(), e);
        }
    }

    private static String describe(Rule rule) {
        return rule.segment() == null ? "tier " + rule.tier()
                : "segment '" + rule.segment() + "'" + (rule.tier() == null ? "" : " and tier " + rule.tier());
    }

    private static double number(String key, String value, double min, double max, boolean whole) {
        double n;
        try {
            n = Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw refused(key, "'" + value + "' is not a number");
        }
        if (!(n >= min && n <= max) || (whole && n != Math.rint(n))) {
            throw refused(key, "'" + value + "' is not " + (whole ? "a whole number" : "a number") + " from "
                    + (long) min + (max == Double.MAX_VALUE ? " up" : " to " + (long) max));
        }
        return n;
    }

    private static String text(Object value) {
        if (value instanceof String[] values) {
            return String.join(",", values).strip();
        }
        return Objects.toString(value, "").strip();
    }

    private static IllegalArgumentException refused(String key, String why) {
        return new IllegalArgumentException(HealthConfiguration.PID + ": '" + key + "': " + why);
    }
}
