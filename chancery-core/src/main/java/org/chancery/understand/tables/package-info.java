/** The bundled CSV and TSV tables the understanding reads, as rows keyed by column name. */
package org.chancery.understand.tables;
