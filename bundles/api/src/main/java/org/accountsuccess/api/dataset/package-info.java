/**
 * Data sets in the file form of data-format.md: import (merge or replace, all or nothing) and
 * export. Provided by hosts that store the data themselves, such as the standalone store.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.accountsuccess.api.dataset;
