"""torch.optim.Adam(lr=0.05) on rosenbrock (1 - x)^2 + 100 (y - x^2)^2 from (-1.5, 2), 200 steps, float32.

Compare with:  dlplayground optimize --surface rosenbrock --optimizer adam --lr 0.05 --start -1.5,2 --steps 200 --csv
Run with Debian's PyTorch 1.13: /usr/bin/python3 optimize_rosenbrock.py
"""
import torch

theta = torch.tensor([-1.5, 2.0], dtype=torch.float32, requires_grad=True)
opt = torch.optim.Adam([theta], lr=0.05)


def f(t):
    return (1 - t[0]) ** 2 + 100 * (t[1] - t[0] ** 2) ** 2


print("step,x,y,f")
for step in range(0, 201):
    if step > 0:
        opt.zero_grad()
        f(theta).backward()
        opt.step()
    with torch.no_grad():
        x, y = theta.tolist()
        print(f"{step},{x:.8g},{y:.8g},{f(theta).item():.8g}")
