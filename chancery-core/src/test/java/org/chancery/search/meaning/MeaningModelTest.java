package org.chancery.search.meaning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The real model, run here: vectors of unit length, and nearer for texts on the same subject. */
class MeaningModelTest {
  private static final MeaningModel MODEL = MeaningModel.shared();

  private static double dot(float[] a, float[] b) {
    double d = 0;
    for (int i = 0; i < a.length; i++) d += (double) a[i] * b[i];
    return d;
  }

  @Test
  void aDocumentsMeaningIsAUnitVector() {
    float[] v = MODEL.document("The Minister presented his letters of credence to the King.").get();
    assertEquals(MeaningModel.DIMENSIONS, v.length);
    assertEquals(1.0, dot(v, v), 1e-4);
  }

  @Test
  void textsOnOneSubjectAreNearerThanTextsOnAnother() {
    float[] treaty = MODEL.document("The treaty of peace with Spain was signed at Paris.").get();
    float[] peace =
        MODEL.query("peace agreement concluded with the Spanish government").orElseThrow();
    float[] wheat = MODEL.document("The wheat harvest failed in the southern provinces.").get();
    assertTrue(
        dot(treaty, peace) > dot(wheat, peace) + 0.2,
        dot(treaty, peace) + " against " + dot(wheat, peace));
    assertTrue(dot(treaty, peace) > Math.max(0.3, dot(treaty, wheat)));
  }

  @Test
  void aLongDocumentIsTheMeanOfItsPassages() {
    String army = "The army advanced on the frontier and the troops fought for three days. ";
    String silver = "The price of silver and the tariff on imports were discussed at length. ";
    float[] both = MODEL.document(army.repeat(15) + silver.repeat(15)).get();
    float[] armyAlone = MODEL.document(army).get();
    float[] silverAlone = MODEL.document(silver).get();
    assertTrue(dot(both, armyAlone) > 0.5, "near the first passage's subject");
    assertTrue(dot(both, silverAlone) > 0.5, "and the second's");
    assertEquals(1.0, dot(both, both), 1e-4);
  }

  @Test
  void blankTextsHaveNoMeaning() {
    assertTrue(MODEL.document(" \n ").isEmpty());
    assertTrue(MODEL.query("  ").isEmpty());
  }
}
