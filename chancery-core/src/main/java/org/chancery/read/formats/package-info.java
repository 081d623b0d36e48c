/** Chooses the reader for a file by its form, and expands folders into the files Chancery reads. */
package org.chancery.read.formats;
