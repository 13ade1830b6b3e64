/** The success matrix: account NPS against ARR or trailing margin, split into quadrants. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.accountsuccess.kpi.matrix;
