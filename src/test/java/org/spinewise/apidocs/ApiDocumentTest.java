package org.spinewise.apidocs;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.api.Test;
import org.spinewise.ApiPerson;
import org.spinewise.ApiTest;
import org.spinewise.support.ApiDocContract;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document (interop.md): it names exactly the operations the application maps under /api/v1,
 * validates as OpenAPI 3.1, and its security says what the server enforces (the session, the CSRF header,
 * the roles), checked by calling every operation.
 */
class ApiDocumentTest extends ApiTest {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping handlers;

    @Test
    void documentsExactlyTheMappedApiOperations() {
        Set<String> mapped = new TreeSet<>();
        handlers.getHandlerMethods()
                .keySet()
                .forEach(info -> info.getPatternValues().stream()
                        .filter(path -> path.startsWith("/api/v1/"))
                        .forEach(path -> {
                            assertThat(info.getMethodsCondition().getMethods())
                                    .as("HTTP methods of %s", path)
                                    .isNotEmpty();
                            info.getMethodsCondition().getMethods().forEach(method -> mapped.add(method + " " + path));
                        }));
        assertThat(mapped).as("mapped /api/v1 operations").hasSizeGreaterThan(60);
        assertThat(documented()).isEqualTo(mapped);
    }

    @Test
    void isAValidOpenApi31Document() {
        Answer answer = get(ApiDocContract.DOCUMENT);
        assertOkJson(answer);
        SwaggerParseResult parsed = new OpenAPIParser().readContents(answer.body(), null, null);
        assertThat(parsed.getMessages()).as("swagger-parser's messages").isEmpty();
        assertThat(parsed.getOpenAPI().getSpecVersion()).isEqualTo(SpecVersion.V31);
        assertThat(answer.json().path("openapi").asString()).startsWith("3.1.");
        assertThat(answer.json().at("/components/securitySchemes/csrf/name").asString())
                .isEqualTo("X-XSRF-TOKEN");
    }

    @Test
    void everySchemaIsAJsonSchema202012() {
        Schema metaSchema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(SchemaLocation.of(SpecificationVersion.DRAFT_2020_12.getDialectId()));
        List<String> wrong = new ArrayList<>();
        schemas(ApiDocContract.of(mvc).document(), "", wrong, metaSchema);
        assertThat(wrong).isEmpty();
    }

    /** Checks every value of a "schema" key, and every component schema, against the meta-schema. */
    private static void schemas(JsonNode node, String at, List<String> wrong, Schema metaSchema) {
        for (String name : node.propertyNames()) {
            JsonNode child = node.get(name);
            boolean schema = name.equals("schema") || at.equals("/components/schemas");
            if (schema && !metaSchema.validate(child).isEmpty()) {
                wrong.add(at + "/" + name + ": " + metaSchema.validate(child));
            } else if (child.isObject()) {
                schemas(child, at + "/" + name, wrong, metaSchema);
            } else if (child.isArray()) {
                child.forEach(item -> schemas(item, at + "/" + name, wrong, metaSchema));
            }
        }
    }

    @Test
    void anOperationNeedsASessionExactlyWhereItsSecuritySaysSo() {
        ApiPerson anonymous = ApiPerson.anonymous(mvc);
        List<String> wrong = new ArrayList<>();
        forEachOperation((method, path, operation) -> {
            int status = anonymous.performWithCsrf(request(method, path)).status();
            if (needs(operation, "session") != (status == 401)) {
                wrong.add(method + " " + path + " answered " + status + " to an anonymous caller");
            }
        });
        assertThat(wrong).isEmpty();
    }

    @Test
    void aChangeNeedsTheCsrfHeaderExactlyWhereItsSecuritySaysSo() {
        ApiPerson person = ApiPerson.signUp(mvc, "UTC");
        List<String> wrong = new ArrayList<>();
        forEachOperation((method, path, operation) -> {
            if (!method.equals("GET")) {
                int status = person.perform(request(method, path)).status();
                if (needs(operation, "csrf") != (status == 403)) {
                    wrong.add(method + " " + path + " answered " + status + " without the CSRF header");
                }
            }
        });
        assertThat(wrong).isEmpty();
    }

    @Test
    void anOperationWithRolesRefusesAPatient() {
        ApiPerson patient = ApiPerson.signUp(mvc, "UTC");
        List<String> wrong = new ArrayList<>();
        forEachOperation((method, path, operation) -> {
            if (operation.has("x-roles")) {
                int status = patient.performWithCsrf(request(method, path)).status();
                if (status != 403) {
                    wrong.add(method + " " + path + " answered " + status + " to a patient");
                }
            }
        });
        assertThat(wrong).isEmpty();
    }

    private Set<String> documented() {
        Set<String> operations = new TreeSet<>();
        forEachOperation((method, path, operation) -> operations.add(method + " " + path));
        return operations;
    }

    private interface OperationVisitor {
        void visit(String method, String path, JsonNode operation);
    }

    private void forEachOperation(OperationVisitor visitor) {
        JsonNode paths = ApiDocContract.of(mvc).document().path("paths");
        for (String path : paths.propertyNames()) {
            for (String method : paths.get(path).propertyNames()) {
                if (METHODS.contains(method)) {
                    visitor.visit(method.toUpperCase(), path, paths.get(path).get(method));
                }
            }
        }
    }

    private static boolean needs(JsonNode operation, String scheme) {
        for (JsonNode requirement : operation.path("security")) {
            if (requirement.has(scheme)) {
                return true;
            }
        }
        return false;
    }

    /** The operation called with made-up path values and an empty JSON object. */
    private static MockHttpServletRequestBuilder request(String method, String path) {
        String uri = path.replaceAll("\\{[^}]+}", "00000000-0000-0000-0000-000000000000");
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(HttpMethod.valueOf(method), uri);
        return method.equals("GET") || method.equals("DELETE")
                ? request
                : request.contentType("application/json").content("{}");
    }
}
