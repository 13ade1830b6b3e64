/** The leader lease over a row of the product's database, and its DS component. Private to the bundle. */
package org.accountsuccess.database.cluster;
