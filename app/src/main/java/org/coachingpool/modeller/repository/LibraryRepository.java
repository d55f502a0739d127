package org.coachingpool.modeller.repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.coachingpool.definitions.ResourceKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Drafts and the audit of changes to what runs: the modeller's two tables. */
@Repository
public class LibraryRepository {

    private final JdbcClient jdbc;

    LibraryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record DraftRow(UUID id, ResourceKind kind, String resourceId, String resourceName, String content,
            Integer baseVersion, int revision, UUID updatedBy, Instant updatedAt) {
    }

    public record ChangeRow(Instant at, UUID by, String action, ResourceKind kind, String resourceId,
            Integer fromVersion, Integer toVersion, String comment, String differenceJson) {
    }

    public void insertDraft(UUID id, ResourceKind kind, String resourceId, String resourceName, String content,
            Integer baseVersion, UUID by, Instant now) {
        jdbc.sql("""
                        insert into process_draft (id, kind, resource_id, resource_name, content, base_version, revision,
                            created_by, created_at, updated_by, updated_at)
                        values (:id, :kind, :resourceId, :resourceName, :content, :base, 0, :by, :now, :by, :now)
                        """)
                .param("id", id).param("kind", kind.name()).param("resourceId", resourceId)
                .param("resourceName", resourceName).param("content", content).param("base", baseVersion)
                .param("by", by).param("now", Timestamp.from(now)).update();
    }

    /** Saves over the draft only if nobody saved it since the given revision; false otherwise. */
    public boolean updateDraft(UUID id, String resourceId, String content, int expectedRevision, UUID by, Instant now) {
        return jdbc.sql("""
                        update process_draft set content = :content, resource_id = :resourceId, revision = revision + 1,
                            updated_by = :by, updated_at = :now
                        where id = :id and revision = :revision
                        """)
                .param("id", id).param("resourceId", resourceId).param("content", content)
                .param("revision", expectedRevision).param("by", by).param("now", Timestamp.from(now)).update() == 1;
    }

    public Optional<DraftRow> draft(UUID id) {
        return jdbc.sql("select * from process_draft where id = :id").param("id", id)
                .query(LibraryRepository::draft).optional();
    }

    public List<DraftRow> drafts() {
        return jdbc.sql("select * from process_draft order by updated_at desc").query(LibraryRepository::draft).list();
    }

    public void deleteDraft(UUID id) {
        jdbc.sql("delete from process_draft where id = :id").param("id", id).update();
    }

    public void insertChange(Instant at, UUID by, String action, ResourceKind kind, String resourceId,
            Integer fromVersion, Integer toVersion, String comment, String differenceJson) {
        jdbc.sql("""
                        insert into process_change (at, by_user, action, kind, resource_id, from_version, to_version,
                            comment, difference)
                        values (:at, :by, :action, :kind, :resourceId, :from, :to, :comment, cast(:difference as jsonb))
                        """)
                .param("at", Timestamp.from(at)).param("by", by).param("action", action).param("kind", kind.name())
                .param("resourceId", resourceId).param("from", fromVersion).param("to", toVersion)
                .param("comment", comment).param("difference", differenceJson).update();
    }

    public List<ChangeRow> changes(ResourceKind kind, String resourceId, int limit) {
        return jdbc.sql("""
                        select * from process_change
                        where (cast(:kind as text) is null or (kind = :kind and resource_id = :resourceId))
                        order by at desc, id desc limit :limit
                        """)
                .param("kind", kind == null ? null : kind.name()).param("resourceId", resourceId)
                .param("limit", limit)
                .query((rs, row) -> new ChangeRow(rs.getTimestamp("at").toInstant(), (UUID) rs.getObject("by_user"),
                        rs.getString("action"), ResourceKind.valueOf(rs.getString("kind")), rs.getString("resource_id"),
                        (Integer) rs.getObject("from_version"), (Integer) rs.getObject("to_version"),
                        rs.getString("comment"), rs.getString("difference")))
                .list();
    }

    private static DraftRow draft(ResultSet rs, int row) throws SQLException {
        return new DraftRow((UUID) rs.getObject("id"), ResourceKind.valueOf(rs.getString("kind")),
                rs.getString("resource_id"), rs.getString("resource_name"), rs.getString("content"),
                (Integer) rs.getObject("base_version"), rs.getInt("revision"), (UUID) rs.getObject("updated_by"),
                rs.getTimestamp("updated_at").toInstant());
    }
}
