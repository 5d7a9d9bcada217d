package io.usdtcustody.matching.api;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * {@code GET /openapi.yml}: the OpenAPI 3 description of this service's HTTP API. It is written by hand and
 * checked in ({@code resources/openapi/matching.yml}), because the request bodies are read strictly from bytes
 * (so an annotation processor would describe them as opaque), and a test holds it to the router's routes: every
 * route is described and nothing else is.
 */
@Controller
public class OpenApiController {
    static final String PATH = "/openapi.yml";
    static final String MEDIA_TYPE = "application/yaml";
    private static final String RESOURCE = "/openapi/matching.yml";

    private final byte[] document;

    public OpenApiController() {
        try (InputStream in = OpenApiController.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the OpenAPI document " + RESOURCE + " is not on the class path");
            }
            this.document = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Get(PATH)
    @Produces(MEDIA_TYPE)
    public HttpResponse<byte[]> document() {
        return HttpResponse.ok(document).contentType(MEDIA_TYPE);
    }
}
