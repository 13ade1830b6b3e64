/**
 * Comment analysis, plain Java on Lucene's analyzers (embedded, private): language, candidate
 * terms, lexicon sentiment, topics and the detractor-against-promoter log-likelihood test
 * (docs/analytics.md, "Comment analysis"). No OSGi imports; the DS component in core feeds it
 * from the fact index.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.accountsuccess.voice;
