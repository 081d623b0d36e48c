package org.chancery.search.meaning;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The meaning of a text as a unit vector of {@link #DIMENSIONS} numbers, from all-MiniLM-L6-v2
 * (quantized; sentence-transformers, Apache 2.0) run in process by ONNX Runtime through
 * LangChain4j's packaging of it. Two texts about the same thing have vectors whose dot product is
 * near 1.
 *
 * <p>Chosen by measurement on 2 cores: about 14,000 words a second (a FRUS volume of 478 documents
 * in under ten seconds), a 23 MB model loaded in under a second, and no network.
 *
 * <p><b>NOTE:</b> thread-safe. The model is loaded once per process, on first use ({@link
 * #shared}).
 */
public final class MeaningModel {
  /** The length of every vector. */
  public static final int DIMENSIONS = 384;

  /** The model's name, as the archive records it with the vectors it made. */
  public static final String NAME = "all-MiniLM-L6-v2-q";

  private static final int CORES = Runtime.getRuntime().availableProcessors();

  private final EmbeddingModel model;
  private final ExecutorService workers =
      Executors.newFixedThreadPool(
          CORES,
          r -> {
            Thread t = new Thread(r, "chancery-meaning");
            t.setDaemon(true);
            return t;
          });

  private MeaningModel(EmbeddingModel model) {
    this.model = model;
  }

  private static final class Holder {
    static final MeaningModel SHARED = new MeaningModel(OneThreadEach.load());
  }

  // LangChain4j's packaged model and tokenizer, in a session that runs each text on its caller's
  // thread and never spins.
  private static final class OneThreadEach extends AbstractInProcessEmbeddingModel {
    private final OnnxBertBiEncoder encoder;

    private OneThreadEach(OnnxBertBiEncoder encoder) {
      super(null);
      this.encoder = encoder;
    }

    static OneThreadEach load() {
      try (InputStream onnx = resource("/all-minilm-l6-v2-q.onnx");
          InputStream tokenizer = resource("/all-minilm-l6-v2-q-tokenizer.json");
          OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
        options.setIntraOpNumThreads(1);
        options.setInterOpNumThreads(1);
        options.addConfigEntry("session.intra_op.allow_spinning", "0");
        options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        OrtSession session = env.createSession(onnx.readAllBytes(), options);
        return new OneThreadEach(new OnnxBertBiEncoder(env, session, tokenizer, PoolingMode.MEAN));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the model " + NAME, e);
      } catch (OrtException e) {
        throw new IllegalStateException("ONNX Runtime cannot load the model " + NAME, e);
      }
    }

    private static InputStream resource(String name) throws IOException {
      InputStream in = AllMiniLmL6V2QuantizedEmbeddingModel.class.getResourceAsStream(name);
      if (in == null) throw new IOException(name + " is not on the class path");
      return in;
    }

    @Override
    protected OnnxBertBiEncoder model() {
      return encoder;
    }

    @Override
    protected Integer knownDimension() {
      return DIMENSIONS;
    }
  }

  /** The one model of this process, loaded on the first call. */
  public static MeaningModel shared() {
    return Holder.SHARED;
  }

  /**
   * The meaning of a document's words: the mean of its {@link Passages}' vectors, made unit length
   * again; empty for a text without words.
   */
  public Optional<float[]> document(String text) {
    List<String> passages = Passages.of(text);
    if (passages.isEmpty()) return Optional.empty();
    float[] sum = new float[DIMENSIONS];
    for (String p : passages) {
      float[] v = embed(p);
      for (int i = 0; i < DIMENSIONS; i++) sum[i] += v[i];
    }
    return Optional.of(unit(sum));
  }

  /**
   * The meanings of {@code texts} as {@link #document} gives them, in order, worked out on one
   * thread a core.
   */
  public List<Optional<float[]>> documents(List<String> texts) {
    List<Future<Optional<float[]>>> running = new ArrayList<>(texts.size());
    for (String t : texts) running.add(workers.submit(() -> document(t)));
    List<Optional<float[]>> meanings = new ArrayList<>(texts.size());
    try {
      for (Future<Optional<float[]>> f : running) meanings.add(f.get());
    } catch (InterruptedException e) {
      running.forEach(f -> f.cancel(true));
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while embedding", e);
    } catch (ExecutionException e) {
      running.forEach(f -> f.cancel(true));
      if (e.getCause() instanceof RuntimeException re) throw re;
      throw new IllegalStateException(e.getCause());
    }
    return meanings;
  }

  /** The meaning of what a reader asked for; empty for a blank query. */
  public Optional<float[]> query(String text) {
    if (text.isBlank()) return Optional.empty();
    return Optional.of(unit(embed(text.strip())));
  }

  private float[] embed(String passage) {
    Embedding e = model.embed(passage).content();
    float[] v = e.vector();
    if (v.length != DIMENSIONS) {
      throw new IllegalStateException(
          NAME + " gave a vector of " + v.length + " numbers, not " + DIMENSIONS);
    }
    return v;
  }

  // Lucene's dot-product similarity needs unit vectors; a mean of unit vectors is shorter.
  static float[] unit(float[] v) {
    double norm = 0;
    for (float x : v) norm += (double) x * x;
    norm = Math.sqrt(norm);
    if (norm == 0) return v;
    for (int i = 0; i < v.length; i++) v[i] = (float) (v[i] / norm);
    return v;
  }
}
