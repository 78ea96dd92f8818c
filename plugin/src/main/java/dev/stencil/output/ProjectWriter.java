package dev.stencil.output;

import dev.stencil.render.FileSet;
import dev.stencil.render.GeneratedFile;
import dev.stencil.plan.Ownership;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes a rendered {@link FileSet} into a project folder without losing anyone's work: it decides
 * every change first, refuses before writing anything when a generated file was edited by hand,
 * leaves unchanged files untouched, never overwrites user-owned files, writes each file
 * atomically, and records generated files in the {@link Manifest}.
 */
public final class ProjectWriter {

    private final Path root;
    private final boolean force;

    /**
     * @param root the project folder; nothing outside it is ever written
     * @param force when true, generated files edited by hand are overwritten instead of refused
     */
    public ProjectWriter(Path root, boolean force) {
        this.root = root.toAbsolutePath().normalize();
        this.force = force;
    }

    /** Decides what writing the files would do, without writing. */
    public WriteReport plan(FileSet files) throws IOException, EditedFilesException {
        Manifest manifest = Manifest.read(root);
        List<FileChange> changes = new ArrayList<>();
        List<String> edited = new ArrayList<>();
        for (GeneratedFile file : files.files()) {
            Action action = actionFor(file, manifest);
            if (action == Action.UPDATE && isEditedByHand(file.path(), manifest)) {
                edited.add(file.path());
            }
            changes.add(new FileChange(file.path(), action, action == Action.UPDATE
                    ? LineDiff.between(Files.readString(target(file.path()), StandardCharsets.UTF_8), file.content())
                    : List.of()));
        }
        for (String stale : manifest.paths()) {
            if (files.file(stale).isEmpty() && Files.isRegularFile(target(stale))) {
                if (isEditedByHand(stale, manifest)) {
                    edited.add(stale);
                }
                changes.add(new FileChange(stale, Action.DELETE));
            }
        }
        if (!edited.isEmpty() && !force) {
            throw new EditedFilesException(edited);
        }
        changes.sort((a, b) -> a.path().compareTo(b.path()));
        return new WriteReport(changes);
    }

    /** Writes the files as {@link #plan} decided, then the manifest, and reports what it did. */
    public WriteReport write(FileSet files) throws IOException, EditedFilesException {
        WriteReport report = plan(files);
        for (FileChange change : report.changes()) {
            switch (change.action()) {
                case CREATE, UPDATE -> writeAtomically(target(change.path()), files.file(change.path()).orElseThrow().bytes());
                case DELETE -> Files.deleteIfExists(target(change.path()));
                case UNCHANGED, KEEP -> { }
            }
        }
        writeManifest(files);
        return report;
    }

    private Action actionFor(GeneratedFile file, Manifest manifest) throws IOException {
        Path path = target(file.path());
        if (!Files.exists(path)) {
            return Action.CREATE;
        }
        if (file.ownership() == Ownership.USER) {
            return Action.KEEP;
        }
        return Arrays.equals(Files.readAllBytes(path), file.bytes()) ? Action.UNCHANGED : Action.UPDATE;
    }

    /** True when a file on disk differs from what Stencil last wrote there, or Stencil never wrote it. */
    private boolean isEditedByHand(String path, Manifest manifest) throws IOException {
        String onDisk = Manifest.sha256(Files.readAllBytes(target(path)));
        return manifest.hash(path).map(recorded -> !recorded.equals(onDisk)).orElse(true);
    }

    private void writeManifest(FileSet files) throws IOException {
        Map<String, String> hashes = new TreeMap<>();
        for (GeneratedFile file : files.files()) {
            if (file.ownership() == Ownership.GENERATED) {
                hashes.put(file.path(), Manifest.sha256(file.bytes()));
            }
        }
        byte[] manifest = Manifest.empty().with(hashes).render().getBytes(StandardCharsets.UTF_8);
        Path path = target(Manifest.PATH);
        if (!Files.exists(path) || !Arrays.equals(Files.readAllBytes(path), manifest)) {
            writeAtomically(path, manifest);
        }
    }

    /** The absolute path of a project-relative path; refuses any path that would leave the root. */
    private Path target(String relative) {
        Path path = root.resolve(relative).normalize();
        if (relative.isEmpty() || Path.of(relative).isAbsolute() || !path.startsWith(root) || path.equals(root)) {
            throw new IllegalArgumentException("refusing to write outside the output folder: " + relative);
        }
        return path;
    }

    private static void writeAtomically(Path path, byte[] bytes) throws IOException {
        AtomicFiles.write(path, bytes);
    }
}
