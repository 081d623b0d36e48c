/**
 * The Department's Decimal File: its two schemes' tables and the decoder of printed file numbers.
 */
package org.chancery.understand.decimal;
