/**
 * Meaning: a small sentence-embedding model (all-MiniLM-L6-v2, quantized, run by ONNX Runtime in
 * this process, on the CPU) that turns a document's passages or a query into a unit vector, so that
 * documents can be found by what they are about as well as by their words. Nothing here is loaded
 * unless an import embeds or a search asks for meaning.
 */
package org.chancery.search.meaning;
