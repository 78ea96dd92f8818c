package dev.stencil.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stencil.render.FileSet;
import dev.stencil.render.GeneratedFile;
import dev.stencil.plan.Ownership;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectWriterTest {

    @TempDir
    Path root;

    private static FileSet files(String generated, String user) {
        FileSet set = new FileSet();
        set.add(new GeneratedFile("gen/A.java", generated, Ownership.GENERATED));
        set.add(new GeneratedFile("user/B.java", user, Ownership.USER));
        return set;
    }

    @Test
    void firstWriteCreatesEverythingAndRecordsOnlyGeneratedFiles() throws Exception {
        WriteReport report = new ProjectWriter(root, false).write(files("a", "b"));

        assertThat(report.of(Action.CREATE)).hasSize(2);
        assertThat(Files.readString(root.resolve(Manifest.PATH))).contains("gen/A.java").doesNotContain("user/B.java");
    }

    @Test
    void secondWriteOfTheSameFilesTouchesNothing() throws Exception {
        new ProjectWriter(root, false).write(files("a", "b"));
        FileTime old = FileTime.fromMillis(1_000_000L);
        for (String p : new String[] {"gen/A.java", "user/B.java", Manifest.PATH}) {
            Files.setLastModifiedTime(root.resolve(p), old);
        }

        WriteReport report = new ProjectWriter(root, false).write(files("a", "b"));

        assertThat(report.of(Action.UNCHANGED)).extracting(FileChange::path).containsExactly("gen/A.java");
        assertThat(report.of(Action.KEEP)).extracting(FileChange::path).containsExactly("user/B.java");
        for (String p : new String[] {"gen/A.java", "user/B.java", Manifest.PATH}) {
            assertThat(Files.getLastModifiedTime(root.resolve(p))).isEqualTo(old);
        }
    }

    @Test
    void userOwnedFilesAreNeverOverwritten() throws Exception {
        new ProjectWriter(root, false).write(files("a", "b"));
        Files.writeString(root.resolve("user/B.java"), "my logic");

        new ProjectWriter(root, false).write(files("a2", "b2"));

        assertThat(root.resolve("user/B.java")).hasContent("my logic");
        assertThat(root.resolve("gen/A.java")).hasContent("a2");
    }

    @Test
    void aHandEditedGeneratedFileStopsTheWriteBeforeAnythingIsWritten() throws Exception {
        new ProjectWriter(root, false).write(files("a", "b"));
        Files.writeString(root.resolve("gen/A.java"), "edited");
        FileSet next = files("a2", "b");
        next.add(new GeneratedFile("gen/New.java", "new", Ownership.GENERATED));

        assertThatThrownBy(() -> new ProjectWriter(root, false).write(next))
                .isInstanceOf(EditedFilesException.class)
                .hasMessageContaining("gen/A.java");
        assertThat(root.resolve("gen/A.java")).hasContent("edited");
        assertThat(root.resolve("gen/New.java")).doesNotExist();
    }

    @Test
    void forceOverwritesAHandEditedGeneratedFile() throws Exception {
        new ProjectWriter(root, false).write(files("a", "b"));
        Files.writeString(root.resolve("gen/A.java"), "edited");

        new ProjectWriter(root, true).write(files("a2", "b"));

        assertThat(root.resolve("gen/A.java")).hasContent("a2");
    }

    @Test
    void generatedFilesNoLongerPlannedAreDeleted() throws Exception {
        FileSet first = files("a", "b");
        first.add(new GeneratedFile("gen/Old.java", "old", Ownership.GENERATED));
        new ProjectWriter(root, false).write(first);

        WriteReport report = new ProjectWriter(root, false).write(files("a", "b"));

        assertThat(report.of(Action.DELETE)).extracting(FileChange::path).containsExactly("gen/Old.java");
        assertThat(root.resolve("gen/Old.java")).doesNotExist();
    }

    @Test
    void pathsLeavingTheOutputFolderAreRefused() {
        FileSet evil = new FileSet();
        evil.add(new GeneratedFile("../escape.txt", "x", Ownership.GENERATED));

        assertThatThrownBy(() -> new ProjectWriter(root, false).write(evil)).isInstanceOf(IllegalArgumentException.class);
        assertThat(root.resolveSibling("escape.txt")).doesNotExist();
    }

    @Test
    void aDryRunReportsWithoutWriting() throws Exception {
        WriteReport report = new ProjectWriter(root, false).plan(files("a", "b"));

        assertThat(report.of(Action.CREATE)).hasSize(2);
        assertThat(root.resolve("gen/A.java")).doesNotExist();
    }

    @Test
    void aDryRunShowsTheChangedLinesOfAnUpdate() throws Exception {
        new ProjectWriter(root, false).write(files("one\ntwo\nthree\n", "b"));

        WriteReport report = new ProjectWriter(root, false).plan(files("one\n2\nthree\nfour\n", "b"));

        assertThat(report.of(Action.UPDATE)).singleElement()
                .satisfies(c -> assertThat(c.diff()).containsExactly("+ 2", "- two", "+ four"));
        assertThat(root.resolve("gen/A.java")).hasContent("one\ntwo\nthree");
    }

    @Test
    void newFilesAreReadableByEveryoneLikeFilesAnEditorCreates() throws Exception {
        new ProjectWriter(root, false).write(files("a", "b"));

        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(root.resolve("gen/A.java")))).isEqualTo("rw-r--r--");
    }
}
