/** The plain-text reader: documents as copied from the published FRUS web pages. */
package org.chancery.read.text;
