/** The activity timeline: activities, responses and contract events in one stream, with communication-gap and over-contact flags (metrics.md section 3). */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.accountsuccess.api.timeline;
