package org.spinewise.account;

import java.io.InputStream;
import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.spinewise.api.ClientId;
import org.spinewise.api.ClientIdRecords;
import org.spinewise.api.Found;
import org.spinewise.api.JsonApiController;
import org.spinewise.api.JsonBody;
import org.spinewise.api.JsonFields;
import org.spinewise.api.OwnRecords;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * {@link OwnRecordsController} for records named by an id: {@code GET} and {@code DELETE} of {@code /{id}}. An id
 * that is not a canonical UUID names nothing, so it answers the 404 of an unknown one ({@link Found#id}).
 */
public abstract class OwnRecordsByIdController<R, V> extends OwnRecordsController<UUID, R, V> {

    private static final String ID = "id";

    /** This controller's path, below which each record has its address. */
    private final String path;

    protected OwnRecordsByIdController(String kind, OwnRecords<UUID, R> records, BiFunction<R, Locale, V> view) {
        super(kind, records, view);
        // a controller of this kind is mapped with @JsonApiController; read once, not on every POST
        this.path = Objects.requireNonNull(
                        AnnotatedElementUtils.findMergedAnnotation(getClass(), JsonApiController.class))
                .value();
    }

    /**
     * Stores the record {@code body} describes at most once per {@link ClientId} ({@link ClientId#storeOnce}): 201
     * with the new record at its own address, or 200 with the one the person already sent under that id.
     *
     * @param id    the record's id, for its address
     * @param valid the body's record, or an {@link org.spinewise.api.InvalidRequestException} naming every bad field
     */
    protected ResponseEntity<V> storeOnce(
            SignedInPerson person,
            InputStream body,
            Locale locale,
            ClientIdRecords<R> store,
            Function<R, UUID> id,
            Function<JsonFields, R> valid) {
        JsonFields fields = JsonBody.parseObject(body);
        UUID clientId = ClientId.read(fields);
        return ClientId.storeOnce(
                clientId,
                sent -> store.findByClientId(person.accountId(), sent),
                () -> valid.apply(fields),
                record -> store.insert(record, clientId),
                record -> view(record, locale),
                record -> URI.create(path + "/" + id.apply(record)));
    }

    @GetMapping("/{" + ID + "}")
    public V one(@SignedIn SignedInPerson person, @PathVariable(ID) String id, Locale locale) {
        return answer(person, Found.id(id, kind()), locale);
    }

    @DeleteMapping("/{" + ID + "}")
    public ResponseEntity<Void> delete(@SignedIn SignedInPerson person, @PathVariable(ID) String id) {
        return remove(person, Found.id(id, kind()));
    }
}
