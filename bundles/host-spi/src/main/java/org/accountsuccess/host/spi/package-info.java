/**
 * The host-data SPI: the ports a host CRM implements to hand its data to Account Success.
 *
 * <p>Data flows one way. The product never writes to the host except through
 * {@link org.accountsuccess.host.spi.FollowUpSink} and, where the sink implements it too,
 * {@link org.accountsuccess.host.spi.FollowUpUpdates} (since 1.3: users' changes to follow-ups).
 * Every query takes a small value (an account id, a time range) and answers with a
 * {@link java.util.stream.Stream}, so a host with millions of rows is never loaded whole. The caller always closes the streams it receives
 * (try-with-resources), so an implementation backed by a database can release its cursor in
 * {@link java.util.stream.Stream#onClose(Runnable)}.
 *
 * <p>The records in this package check their own invariants: a host cannot hand over a score of
 * 11, a negative MRR or a contract that ends before it starts. The constructor throws an
 * {@link java.lang.IllegalArgumentException} naming the record, its id and the field.
 *
 * <p>Required ports: {@link org.accountsuccess.host.spi.AccountDirectory},
 * {@link org.accountsuccess.host.spi.SurveyRecords}, {@link org.accountsuccess.host.spi.ContractBook}
 * and {@link org.accountsuccess.host.spi.ActivityLog}. Optional ports, with the behaviour when a
 * host does not register them: {@link org.accountsuccess.host.spi.RevenueLedger} (no margin),
 * {@link org.accountsuccess.host.spi.ExchangeRates} (single currency),
 * {@link org.accountsuccess.host.spi.EmployeeSurveyRecords} (no eNPS),
 * {@link org.accountsuccess.host.spi.FollowUpSink} (no closed loop) and
 * {@link org.accountsuccess.host.spi.AccessPolicy} (a rep sees the accounts they own) and
 * {@link org.accountsuccess.host.spi.HostStatus} (the data is live) and
 * {@link org.accountsuccess.host.spi.HostChanges} (the data is re-read on a configured interval). A remote host that has no data to
 * answer from throws {@link org.accountsuccess.host.spi.HostUnavailableException}.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.3.0")
package org.accountsuccess.host.spi;
