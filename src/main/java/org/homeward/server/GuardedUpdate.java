package org.homeward.server;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_Update;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.update.UpdateException;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.apache.jena.web.HttpSC;

/**
 * SPARQL Update without {@code LOAD}, even with the token: {@code LOAD} makes the server read whatever
 * address it is given, its own files ({@code file:}) or other machines, and its errors show what it read.
 * Documents come in through {@code /homeward/documents}. The whole request is read and checked before any
 * of it runs; it is never larger than the body limit.
 */
final class GuardedUpdate extends SPARQL_Update {

    @Override
    protected void execute(HttpAction action, InputStream input) {
        byte[] request;
        try {
            request = input.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        UpdateRequest updates;
        try {
            updates = UpdateFactory.read(new ByteArrayInputStream(request), Syntax.syntaxARQ);
        } catch (QueryParseException | UpdateException e) {
            ServletOps.errorBadRequest(ErrorIds.REFUSED + " the update is not valid SPARQL Update: " + e.getMessage());
            return;
        }
        if (updates.getOperations().stream().anyMatch(UpdateLoad.class::isInstance)) {
            ServletOps.error(HttpSC.UNPROCESSABLE_ENTITY_422, "HW-E090 LOAD is refused, with or without the token:"
                    + " it would make the server read files or other machines; send documents to /homeward/documents");
        }
        super.execute(action, new ByteArrayInputStream(request));
    }
}
