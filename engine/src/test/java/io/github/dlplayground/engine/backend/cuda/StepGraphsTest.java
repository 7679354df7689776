package io.github.dlplayground.engine.backend.cuda;

import jcuda.driver.CUgraphExec;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class StepGraphsTest {
    @Test
    void theFirstFullBatchWarmsTheBuffersAndTheNextOfItsSizeIsRecorded() {
        var graphs = new StepGraphs();
        assertEquals(0, graphs.batch, "nothing to record before a step has sized the buffers");
        graphs.warmed(256);
        assertEquals(256, graphs.batch);
    }

    @Test
    void theSmallerLastBatchOfAnEpochKeepsTheFullBatchesGraph() {
        var graphs = new StepGraphs();
        graphs.warmed(256);
        CUgraphExec recorded = new CUgraphExec();
        graphs.exec = recorded;
        graphs.warmed(96);
        assertEquals(256, graphs.batch);
        assertSame(recorded, graphs.exec);
    }

    @Test
    void aBatchSizeChangeBeforeAnyRecordingMovesTheTarget() {
        var graphs = new StepGraphs();
        graphs.warmed(96);
        graphs.warmed(256);
        assertEquals(256, graphs.batch);
    }
}
