/** The JSON form of the api records, shared by the console and the REST API. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.accountsuccess.json;
