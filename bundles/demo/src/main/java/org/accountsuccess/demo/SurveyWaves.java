package org.accountsuccess.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

import org.accountsuccess.demo.Vocabulary.Remark;
import org.accountsuccess.host.spi.Role;

/**
 * Quarterly NPS surveys over the two years before the anchor (invitations.csv, responses.csv).
 * Every customer's present contacts are likely invited; who answers depends on the account's
 * engagement and the contact's role; scores follow the account's sentiment at the time. A few
 * contacts answer without an invitation (a web form: no survey id).
 */
final class SurveyWaves {
    /** The days the surveys went out: quarterly, the last one twelve days before the anchor. */
    private static final List<LocalDate> WAVES = List.of(LocalDate.of(2025, 2, 3), LocalDate.of(2025, 5, 3),
            LocalDate.of(2025, 8, 3), LocalDate.of(2025, 11, 3), LocalDate.of(2026, 2, 3), LocalDate.of(2026, 5, 3),
            LocalDate.of(2026, 8, 3), LocalDate.of(2026, 11, 3));

    /** The countries whose customers comment in German (Vocabulary's {@code _DE} remarks). */
    private static final Set<String> GERMAN_SPEAKING = Set.of("DE", "AT");

    /** Comments that look like HTML, so that the pages showing comments can be checked to escape them. */
    static final String SCRIPT_COMMENT = "Export still fails <script>alert(1)</script> since the update.";
    static final String BOLD_COMMENT = "The new dashboards are <b>bold</b> and clear, well done!";

    private record Response(String id, String contactId, Instant answeredAt, int score, String surveyId,
            String comment, String drivers) {
        Response withComment(String newComment, String newDrivers) {
            return new Response(id, contactId, answeredAt, score, surveyId, newComment, newDrivers);
        }
    }

    private final CsvFile invitations = new CsvFile("invitations.csv", "invitation_id", "survey_id", "contact_id",
            "sent_at");
    private final List<Response> responses = new ArrayList<>();

    private SurveyWaves() {
    }

    static SurveyWaves generate(Customers customers, ContractHistory contracts, Dice dice) {
        SurveyWaves surveys = new SurveyWaves();
        for (LocalDate wave : WAVES) {
            String surveyId = "nps-" + wave.getYear() + "-" + String.format(Locale.ROOT, "%02d", wave.getMonthValue());
            for (DemoAccount account : customers.accounts()) {
                if (!contracts.isCustomer(account.id(), wave)) {
                    continue;
                }
                for (DemoContact contact : customers.contacts(account.id())) {
                    if (contact.presentOn(wave)) {
                        surveys.invite(dice, wave, surveyId, account, contact);
                    }
                }
            }
        }
        surveys.showcaseHtmlComments();
        return surveys;
    }

    List<CsvFile> files() {
        CsvFile file = new CsvFile("responses.csv", "response_id", "contact_id", "answered_at", "score", "survey_id",
                "comment", "drivers");
        responses.forEach(r -> file.row(r.id(), r.contactId(), r.answeredAt(), r.score(), r.surveyId(), r.comment(),
                r.drivers()));
        return List.of(invitations, file);
    }

    private void invite(Dice dice, LocalDate wave, String surveyId, DemoAccount account, DemoContact contact) {
        boolean invited = dice.chance(0.9);
        if (invited) {
            invitations.row(String.format(Locale.ROOT, "inv-%06d", invitations.size() + 1), surveyId, contact.id(),
                    wave.atTime(8, dice.between(0, 59)).toInstant(ZoneOffset.UTC));
        }
        double roleFactor = contact.role() == Role.A ? 0.8 : contact.role() == Role.B ? 1.0 : 1.1;
        boolean answers = invited ? dice.chance(account.engagement() * roleFactor) : dice.chance(0.02);
        if (!answers) {
            return;
        }
        LocalDate day = wave.plusDays(dice.between(0, 10));
        if (day.isAfter(DemoDataSet.ANCHOR)) {
            return;
        }
        int score = account.sentimentOn(day).score(dice, contact.bias());
        String comment = null;
        String drivers = null;
        if (dice.chance(0.55)) {
            Remark remark = dice.pick(remarks(account, score));
            comment = remark.text();
            drivers = remark.drivers();
        } else if (dice.chance(0.2)) {
            boolean positive = score >= 9 || (score >= 7 && dice.chance(0.5));
            drivers = positive ? "+" + dice.pick(Vocabulary.POSITIVE_DRIVERS)
                    : "-" + dice.pick(Vocabulary.NEGATIVE_DRIVERS);
        }
        responses.add(new Response(String.format(Locale.ROOT, "resp-%06d", responses.size() + 1), contact.id(),
                day.atTime(dice.between(7, 19), dice.between(0, 59)).toInstant(ZoneOffset.UTC), score,
                invited ? surveyId : null, comment, drivers));
    }

    /** What a respondent of the account with the score may write: in German in Germany and Austria. */
    private static List<Remark> remarks(DemoAccount account, int score) {
        boolean german = GERMAN_SPEAKING.contains(account.country());
        if (score >= 9) {
            return german ? Vocabulary.PROMOTER_REMARKS_DE : Vocabulary.PROMOTER_REMARKS;
        }
        if (score >= 7) {
            return german ? Vocabulary.PASSIVE_REMARKS_DE : Vocabulary.PASSIVE_REMARKS;
        }
        return german ? Vocabulary.DETRACTOR_REMARKS_DE : Vocabulary.DETRACTOR_REMARKS;
    }

    /** The latest commented detractor and promoter responses get the HTML-looking comments. */
    private void showcaseHtmlComments() {
        replaceLatestComment(r -> r.score() <= 6, SCRIPT_COMMENT, "-reliability");
        replaceLatestComment(r -> r.score() >= 9, BOLD_COMMENT, "+ease of use");
    }

    private void replaceLatestComment(Predicate<Response> which, String comment, String drivers) {
        for (int i = responses.size() - 1; i >= 0; i--) {
            Response r = responses.get(i);
            if (r.comment() != null && which.test(r)) {
                responses.set(i, r.withComment(comment, drivers));
                return;
            }
        }
    }
}
