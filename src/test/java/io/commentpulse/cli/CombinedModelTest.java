package io.commentpulse.cli;

import io.commentpulse.model.LabeledCsv;
import io.commentpulse.model.LabeledExample;
import io.commentpulse.score.CombinedModel;
import io.commentpulse.score.ModelFolder;
import io.commentpulse.score.Score;
import io.commentpulse.score.Scorers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code pulse combine} (issue 14): the shipped default and the shipped encoder model read together, fitted on real
 * labeled news-reader comments, loaded by every --model command, refused where it cannot work (a changed member, a
 * promote, a network-only option).
 */
class CombinedModelTest {
    @TempDir
    Path dir;

    @Test
    void combinesScoresChecksItsMembersAndIsNeverPromoted() throws Exception {
        Path fit = EncoderModelTest.part(dir, "dev", 80);
        // members beside the combination, as in models/
        Path a = dir.resolve("models").resolve("net");
        Path b = dir.resolve("models").resolve("enc");
        copy(Path.of("models", "default"), a);
        copy(Path.of("models", "encoder-news"), b);
        Path combo = dir.resolve("models").resolve("both");
        Object[] r = ExtractBadInputTest.run("combine", "--member", a.toString(), "--member", b.toString(),
                "--fit", fit.toString(), "--out", combo.toString());
        assertEquals(0, r[0], (String) r[1]);
        ModelFolder.Loaded m = ModelFolder.load(combo);
        assertTrue(CombinedModel.is(m.manifest()));
        assertEquals("../net", m.manifest().path(CombinedModel.MEMBERS).get(0).path("path").asText());
        assertEquals(List.of(), listFiles(combo).stream().filter(f -> !f.equals("manifest.json") && !f.equals("model.sha256")).toList());

        // the combination's uncalibrated concern is the mean of the members' standardised logits; sentiment the mean
        List<String> texts = LabeledCsv.read(fit).rows().stream().map(LabeledExample::text).limit(12).toList();
        List<Score> sa = Scorers.forModel(ModelFolder.load(a)).score(texts);
        List<Score> sb = Scorers.forModel(ModelFolder.load(b)).score(texts);
        List<Score> both = Scorers.uncalibrated(m).score(texts);
        List<CombinedModel.Member> members = List.of(member(m, 0), member(m, 1));
        for (int i = 0; i < texts.size(); i++) {
            Score want = CombinedModel.combine(List.of(sa.get(i), sb.get(i)), members);
            assertEquals(want.concern(), both.get(i).concern(), 1e-9);
            assertEquals((sa.get(i).pPositive() + sb.get(i).pPositive()) / 2, both.get(i).pPositive(), 1e-9);
        }
        // calibrated when loaded for scoring: same ranking
        List<Score> calibrated = Scorers.forModel(m).score(texts);
        for (int i = 1; i < texts.size(); i++) {
            assertEquals(Math.signum(both.get(i).concern() - both.get(0).concern()),
                    Math.signum(calibrated.get(i).concern() - calibrated.get(0).concern()));
        }

        // used like any model
        Path out = dir.resolve("out");
        r = ExtractBadInputTest.run("run", "seeds", "--model", combo.toString(), "--out", out.toString(), "--no-progress");
        assertEquals(0, r[0], (String) r[1]);
        assertEquals(8, RealRedditThreadTest.rows(out.resolve("scored.csv")).size());

        // never the default: its members are relative to its folder
        r = ExtractBadInputTest.run("promote", combo.toString(), "--as", "x");
        assertEquals(2, r[0], (String) r[1]);
        assertTrue(((String) r[1]).contains("combination"), (String) r[1]);
        r = ExtractBadInputTest.run("evaluate", "--model", combo.toString(), "--data", fit.toString(), "--readout", "head");
        assertEquals(2, r[0], (String) r[1]);

        // a member that changed (a new default promoted) is refused, naming the fix
        Path manifest = a.resolve("manifest.json");
        Files.writeString(manifest, Files.readString(manifest).replaceFirst("\\{", "{\"note\": \"edited\","));
        ModelFolder.InvalidModelException e = assertThrows(ModelFolder.InvalidModelException.class,
                () -> ModelFolder.load(combo));
        assertTrue(e.getMessage().contains("pulse combine again"), e.getMessage());
    }

    private static CombinedModel.Member member(ModelFolder.Loaded m, int i) {
        return CombinedModel.Member.fromJson(m.manifest().path(CombinedModel.MEMBERS).get(i));
    }

    private static List<String> listFiles(Path d) throws Exception {
        try (var s = Files.list(d)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static void copy(Path from, Path to) throws Exception {
        Files.createDirectories(to);
        try (var s = Files.list(from)) {
            for (Path p : s.toList()) {
                Files.copy(p, to.resolve(p.getFileName()));
            }
        }
    }
}
