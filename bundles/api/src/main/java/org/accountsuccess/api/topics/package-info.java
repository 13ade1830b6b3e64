/**
 * Voice of the customer: what survey comments say, analysed inside the JVM (docs/analytics.md,
 * "Comment analysis"): topics with their NPS, ARR at stake and trend, the terms detractors use
 * more than promoters, the sentiment of each comment, and the hook for an integrator's own
 * sentiment model.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.accountsuccess.api.topics;
