package io.github.dlplayground.engine.optim;

import io.github.dlplayground.engine.nn.Parameter;
import io.github.dlplayground.engine.tensor.Shape;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OptimizerConfigTest {
    private final List<Parameter> params = List.of(new Parameter("p", Shape.of(2)));

    @Test
    void defaultsArePyTorchs() {
        var rms = OptimizerConfig.defaults("rmsprop");
        assertThat(rms.lr()).isEqualTo(0.01);
        assertThat(rms.alpha()).isEqualTo(0.99);
        assertThat(rms.eps()).isEqualTo(1e-8);
        var delta = OptimizerConfig.defaults("adadelta");
        assertThat(delta.lr()).isEqualTo(1.0);
        assertThat(delta.rho()).isEqualTo(0.9);
        assertThat(delta.eps()).isEqualTo(1e-6);
        var adam = OptimizerConfig.defaults("adam");
        assertThat(adam.lr()).isEqualTo(1e-3);
        assertThat(adam.beta1()).isEqualTo(0.9);
        assertThat(adam.beta2()).isEqualTo(0.999);
        assertThat(adam.eps()).isEqualTo(1e-8);
        var ada = OptimizerConfig.defaults("adagrad");
        assertThat(ada.lr()).isEqualTo(0.01);
        assertThat(ada.eps()).isEqualTo(1e-10);
        assertThat(OptimizerConfig.defaults("sgd").lr()).isNaN();
        assertThat(OptimizerConfig.defaults("momentum").momentum()).isEqualTo(0.9);
    }

    @Test
    void createsTheRuleOfEachKind() {
        assertThat(OptimizerConfig.defaults("sgd").withLr(0.1).create(params)).isInstanceOf(Sgd.class);
        var nesterov = (Sgd) OptimizerConfig.defaults("nesterov").withLr(0.1).create(params);
        assertThat(nesterov.nesterov()).isTrue();
        assertThat(nesterov.momentum()).isEqualTo(0.9);
        var momentum = (Sgd) OptimizerConfig.defaults("momentum").withLr(0.1).create(params);
        assertThat(momentum.nesterov()).isFalse();
        assertThat(OptimizerConfig.defaults("adagrad").create(params)).isInstanceOf(AdaGrad.class);
        assertThat(OptimizerConfig.defaults("rmsprop").create(params)).isInstanceOf(RmsProp.class);
        assertThat(OptimizerConfig.defaults("adadelta").create(params)).isInstanceOf(AdaDelta.class);
        var adam = (Adam) OptimizerConfig.defaults("ADAM").with("beta2", 0.99).create(params);
        assertThat(adam.beta2()).isEqualTo(0.99);
        assertThat(adam.name()).isEqualTo("Adam");
    }

    @Test
    void sgdWithoutLearningRateSaysWhatToGive() {
        assertThatThrownBy(() -> OptimizerConfig.defaults("sgd").create(params))
                .hasMessageContaining("give a learning rate");
    }

    @Test
    void rejectsBadHyperparametersWithClearMessages() {
        assertThatThrownBy(() -> OptimizerConfig.defaults("adam").withLr(-0.1).create(params))
                .hasMessageContaining("learning rate must be a positive number, got -0.1");
        assertThatThrownBy(() -> OptimizerConfig.defaults("adam").with("beta1", 1.0).create(params))
                .hasMessageContaining("beta1 must be in [0, 1), got 1.0");
        assertThatThrownBy(() -> OptimizerConfig.defaults("adam").with("beta2", -0.5).create(params))
                .hasMessageContaining("beta2 must be in [0, 1)");
        assertThatThrownBy(() -> OptimizerConfig.defaults("rmsprop").with("eps", -1).create(params))
                .hasMessageContaining("eps must be zero or positive");
        assertThatThrownBy(() -> OptimizerConfig.defaults("nesterov").withLr(0.1).with("momentum", 0).create(params))
                .hasMessageContaining("positive momentum");
        assertThatThrownBy(() -> new Adam(params, 0.1, 0.9, 1.5, 1e-8, 0, false))
                .hasMessageContaining("Adam: beta2 must be in [0, 1), got 1.5");
        assertThatThrownBy(() -> new Sgd(params, 0))
                .hasMessageContaining("learning rate must be a positive number, got 0.0");
    }

    @Test
    void unknownKindListsTheValidNames() {
        assertThatThrownBy(() -> OptimizerConfig.defaults("adamw"))
                .hasMessage("unknown optimizer 'adamw'; valid names: sgd, momentum, nesterov, adagrad, rmsprop, "
                        + "adadelta, adam");
        assertThat(new OptimizerConfig("lion", 0.1, 0, 0, 0, 0, 0, 0, 0, 0).problems())
                .singleElement().asString().startsWith("unknown optimizer 'lion'");
    }

    @Test
    void hyperparametersNameWhatTheKindReads() {
        assertThat(OptimizerConfig.defaults("adam").hyperparameters())
                .containsExactly("lr", "beta1", "beta2", "eps", "weight_decay");
        assertThat(OptimizerConfig.defaults("adadelta").hyperparameters()).contains("rho").doesNotContain("beta1");
    }

    @Test
    void survivesJavaSerialization() throws Exception {
        var config = OptimizerConfig.defaults("adam").withLr(0.05);
        var bytes = new ByteArrayOutputStream();
        try (var out = new ObjectOutputStream(bytes)) {
            out.writeObject(config);
        }
        try (var in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertThat(in.readObject()).isEqualTo(config);
        }
    }

    @Test
    void survivesJson() throws Exception {
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        var config = OptimizerConfig.defaults("rmsprop").with("momentum", 0.5);
        String json = mapper.writeValueAsString(config);
        assertThat(json).contains("\"kind\":\"rmsprop\"");
        assertThat(mapper.readValue(json, OptimizerConfig.class)).isEqualTo(config);
    }
}
