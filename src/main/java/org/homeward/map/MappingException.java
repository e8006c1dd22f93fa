package org.homeward.map;

/**
 * Annotations the mapper cannot turn into RDF: a bug in the extractor that produced them.
 * The message starts with a stable error id and names the document.
 */
public final class MappingException extends IllegalArgumentException {

    MappingException(String errorId, String document, String problem) {
        super(errorId + " " + document + ": " + problem);
    }
}
