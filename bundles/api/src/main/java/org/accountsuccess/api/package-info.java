/** Values shared by every Account Success service: loyalty classes, account filters, intervals. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.accountsuccess.api;
