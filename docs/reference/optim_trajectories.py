"""Reference trajectories of torch.optim on f(x, y) = x^2 + 2 y^2 from (1.5, -0.5), float32.

Produces the constants in engine/src/test/java/io/github/dlplayground/engine/optim/TorchTrajectoryTest.java.
Run with Debian's PyTorch 1.13: apt-get install -y python3-torch; /usr/bin/python3 optim_trajectories.py
The gradient (2x, 4y) is exact in float32, so the numbers test the update rules alone.
"""
import torch

CONFIGS = [
    ("sgd", lambda p: torch.optim.SGD(p, lr=0.1)),
    ("sgd_wd", lambda p: torch.optim.SGD(p, lr=0.1, weight_decay=0.05)),
    ("momentum", lambda p: torch.optim.SGD(p, lr=0.05, momentum=0.9)),
    ("momentum_dampening", lambda p: torch.optim.SGD(p, lr=0.05, momentum=0.9, dampening=0.3)),
    ("nesterov", lambda p: torch.optim.SGD(p, lr=0.05, momentum=0.9, nesterov=True, weight_decay=0.01)),
    ("adagrad", lambda p: torch.optim.Adagrad(p, lr=0.3)),
    ("adagrad_decay", lambda p: torch.optim.Adagrad(p, lr=0.3, lr_decay=0.1, weight_decay=0.02,
                                                     initial_accumulator_value=0.5)),
    ("rmsprop", lambda p: torch.optim.RMSprop(p, lr=0.01)),
    ("rmsprop_centered_momentum", lambda p: torch.optim.RMSprop(p, lr=0.01, alpha=0.9, momentum=0.5,
                                                                 centered=True, weight_decay=0.01)),
    ("adadelta", lambda p: torch.optim.Adadelta(p)),
    ("adadelta_wd", lambda p: torch.optim.Adadelta(p, lr=0.5, rho=0.8, eps=1e-4, weight_decay=0.1)),
    ("adam", lambda p: torch.optim.Adam(p, lr=0.1)),
    ("adam_amsgrad_wd", lambda p: torch.optim.Adam(p, lr=0.1, betas=(0.8, 0.99), weight_decay=0.05,
                                                   amsgrad=True)),
]
STEPS = 30
REPORT = (1, 2, 3, 10, 30)

for name, make in CONFIGS:
    theta = torch.tensor([1.5, -0.5], dtype=torch.float32, requires_grad=True)
    opt = make([theta])
    rows = []
    for step in range(1, STEPS + 1):
        opt.zero_grad()
        loss = theta[0] ** 2 + 2 * theta[1] ** 2
        loss.backward()
        opt.step()
        if step in REPORT:
            x, y = theta.detach().tolist()
            rows.append(f"{{{step}, {x:.9g}f, {y:.9g}f}}")
    print(f'"{name}", new float[][] {{' + ", ".join(rows) + "},")
