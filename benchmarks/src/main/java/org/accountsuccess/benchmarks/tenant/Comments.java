package org.accountsuccess.benchmarks.tenant;

import java.util.List;

/**
 * The comments of generated responses, in German and English (half each), composed from a subject,
 * what the respondent says about it by score class, and an optional closing sentence, so a tenant
 * has a few thousand distinct comments that mention the product's usual topics, with negations,
 * intensifiers and compounds, as real comments do. The same response number always gets the same
 * comment.
 */
final class Comments {
    private record Language(List<String> subjects, List<List<String>> sayings, List<String> closings) {
    }

    private static final Language ENGLISH = new Language(
            List.of("The support team", "Our account manager", "The invoice", "The export", "The new release",
                    "Onboarding", "The reporting module", "The mobile app", "The API", "The price"),
            List.of(List.of("is far too slow", "was wrong again", "keeps crashing", "never answers our tickets",
                            "is not helpful at all", "broke our workflow", "is too expensive for what we use",
                            "has been a real disappointment"),
                    List.of("is okay but could be faster", "works, but the documentation is thin",
                            "is fine most of the time", "does the job, nothing special", "is not bad"),
                    List.of("is great", "is really helpful", "saves us hours every week", "works reliably",
                            "is excellent", "answers within the hour", "makes our life so much easier")),
            List.of("", " We are looking at alternatives.", " Very frustrating.", " Please fix this soon.",
                    " Thanks!", " Thank you!"));
    private static final Language GERMAN = new Language(
            List.of("Der Support", "Unser Account Manager", "Die Rechnung", "Der Export", "Das neue Release",
                    "Das Onboarding", "Das Reporting", "Die mobile App", "Die Schnittstelle", "Der Preis"),
            List.of(List.of("ist viel zu langsam", "war schon wieder falsch", "stürzt ständig ab",
                            "beantwortet unsere Tickets nie", "ist überhaupt nicht hilfreich",
                            "hat unseren Ablauf kaputt gemacht", "ist zu teuer für das, was wir nutzen",
                            "ist eine echte Enttäuschung"),
                    List.of("ist okay, könnte aber schneller sein", "funktioniert, aber die Doku ist dünn",
                            "passt meistens", "erfüllt seinen Zweck, mehr nicht", "ist nicht schlecht"),
                    List.of("ist super", "ist wirklich hilfreich", "spart uns jede Woche Stunden",
                            "läuft zuverlässig", "ist hervorragend", "antwortet innerhalb einer Stunde",
                            "macht uns das Leben viel leichter")),
            List.of("", " Wir schauen uns nach Alternativen um.", " Sehr ärgerlich.", " Bitte schnell beheben.",
                    " Danke!", " Vielen Dank!"));

    private Comments() {
    }

    /** The comment of response {@code r} of score class 0 (detractor), 1 (passive) or 2 (promoter). */
    static String of(int r, int scoreClass) {
        Language language = r % 2 == 0 ? ENGLISH : GERMAN;
        int n = r / 2;
        List<String> sayings = language.sayings().get(scoreClass);
        String subject = language.subjects().get(n % language.subjects().size());
        String saying = sayings.get(n / language.subjects().size() % sayings.size());
        String closing = language.closings().get(n / 7 % language.closings().size());
        return subject + " " + saying + "." + closing;
    }
}
