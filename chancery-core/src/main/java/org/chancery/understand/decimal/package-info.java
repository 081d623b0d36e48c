/**
 * The Department's file numbers: the Decimal File's two schemes' tables and the decoder of printed
 * numbers, the date-form document numbers of 1945–1963, and the forms of the systems that followed
 * (subject-numeric 1963–1973, kept as printed for want of a table; Central Foreign Policy Files
 * from 1973, read for their kind and year).
 */
package org.chancery.understand.decimal;
