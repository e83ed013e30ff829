package com.clearance.service;

import com.clearance.domain.ContractDocument;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;

/** The document model as JSON, so a stored contract can be audited again without its original file. */
final class DocumentCodec {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private DocumentCodec() {
    }

    static String toJson(ContractDocument document) {
        try {
            return MAPPER.writeValueAsString(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ContractDocument fromJson(String json) throws IOException {
        return MAPPER.readValue(json, ContractDocument.class);
    }
}
