package org.accountsuccess.api.topics;

/**
 * A term detractors use more than promoters, with the log-likelihood test of that difference.
 *
 * @param key the merged form
 * @param label the form written most often
 * @param detractorComments detractor comments that mention it
 * @param promoterComments promoter comments that mention it
 * @param gSquared Dunning's log-likelihood ratio G² of the 2×2 table (mentioning or not, detractor or promoter)
 * @param pValue the chance of a G² this large if detractors and promoters used it alike (χ², one degree of freedom)
 */
public record TermContrast(String key, String label, int detractorComments, int promoterComments, double gSquared,
        double pValue) {
}
