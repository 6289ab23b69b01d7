"""Raytrace: a small recursive ray tracer written with classes.

Spheres and a checkerboard floor (a half-space), Lambert and specular
shading, shadows, and mirror reflections up to a fixed depth, rendered
to a 64x64 canvas that is reduced to a checksum.
"""

import math

import harness

WIDTH = 64
HEIGHT = 64
MAX_DEPTH = 4
EPSILON = 1e-5


class Vector(object):
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o):
        return Vector(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vector(self.x - o.x, self.y - o.y, self.z - o.z)

    def scale(self, k):
        return Vector(self.x * k, self.y * k, self.z * k)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def cross(self, o):
        return Vector(self.y * o.z - self.z * o.y,
                      self.z * o.x - self.x * o.z,
                      self.x * o.y - self.y * o.x)

    def magnitude(self):
        return math.sqrt(self.dot(self))

    def normalized(self):
        return self.scale(1.0 / self.magnitude())

    def reflect_through(self, normal):
        return self - normal.scale(2.0 * self.dot(normal))


ZERO = Vector(0.0, 0.0, 0.0)
UP = Vector(0.0, 1.0, 0.0)


class Ray(object):
    __slots__ = ("origin", "direction")

    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction.normalized()

    def at(self, t):
        return self.origin + self.direction.scale(t)


class Sphere(object):
    def __init__(self, centre, radius):
        self.centre = centre
        self.radius = radius

    def intersect(self, ray):
        oc = ray.origin - self.centre
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0.0:
            return None
        root = math.sqrt(disc)
        t = -b - root
        if t > EPSILON:
            return t
        t = -b + root
        if t > EPSILON:
            return t
        return None

    def normal_at(self, p):
        return (p - self.centre).normalized()


class HalfSpace(object):
    def __init__(self, point, normal):
        self.point = point
        self.normal = normal.normalized()

    def intersect(self, ray):
        denom = ray.direction.dot(self.normal)
        if denom >= 0.0:
            return None
        t = (self.point - ray.origin).dot(self.normal) / denom
        if t > EPSILON:
            return t
        return None

    def normal_at(self, p):
        return self.normal


class Surface(object):
    def __init__(self, colour, specular=0.2, lambert=0.6, ambient=0.2):
        self.colour = colour
        self.specular = specular
        self.lambert = lambert
        self.ambient = ambient

    def base_colour(self, p):
        return self.colour

    def shade(self, scene, ray, p, normal, depth):
        base = self.base_colour(p)
        c = ZERO
        if self.specular > 0.0:
            bounce = Ray(p, ray.direction.reflect_through(normal))
            reflected = scene.trace(bounce, depth + 1)
            c = c + reflected.scale(self.specular)
        if self.lambert > 0.0:
            amount = 0.0
            for light in scene.lights:
                to_light = (light - p).normalized()
                if scene.visible(p, light):
                    contribution = to_light.dot(normal)
                    if contribution > 0.0:
                        amount += contribution
            amount = min(amount, 1.0)
            c = c + base.scale(self.lambert * amount)
        c = c + base.scale(self.ambient)
        return c


class Checkerboard(Surface):
    def __init__(self, a, b, size=1.0, **kwargs):
        Surface.__init__(self, a, **kwargs)
        self.other = b
        self.size = size

    def base_colour(self, p):
        v = p.scale(1.0 / self.size)
        if (int(math.floor(v.x) + 0.5) + int(math.floor(v.z) + 0.5)) % 2:
            return self.other
        return self.colour


class Scene(object):
    def __init__(self, eye, target, fov):
        self.objects = []
        self.lights = []
        self.eye = eye
        self.target = target
        self.fov = fov
        self.background = Vector(0.1, 0.1, 0.15)

    def add(self, shape, surface):
        self.objects.append((shape, surface))

    def nearest(self, ray):
        best_t = None
        best = None
        for shape, surface in self.objects:
            t = shape.intersect(ray)
            if t is not None and (best_t is None or t < best_t):
                best_t = t
                best = (shape, surface)
        return best_t, best

    def visible(self, p, light):
        offset = light - p
        dist = offset.magnitude()
        t, _ = self.nearest(Ray(p, offset))
        return t is None or t > dist

    def trace(self, ray, depth=0):
        if depth > MAX_DEPTH:
            return ZERO
        t, hit = self.nearest(ray)
        if hit is None:
            return self.background
        shape, surface = hit
        p = ray.at(t)
        return surface.shade(self, ray, p, shape.normal_at(p), depth)

    def render(self, canvas):
        forward = (self.target - self.eye).normalized()
        right = forward.cross(UP).normalized()
        up = right.cross(forward).normalized()
        half = math.tan(math.radians(self.fov) / 2.0)
        w, h = canvas.width, canvas.height
        aspect = float(h) / w
        for y in range(h):
            for x in range(w):
                sx = (2.0 * (x + 0.5) / w - 1.0) * half
                sy = (1.0 - 2.0 * (y + 0.5) / h) * half * aspect
                direction = forward + right.scale(sx) + up.scale(sy)
                canvas.plot(x, y, self.trace(Ray(self.eye, direction)))


class Canvas(object):
    def __init__(self, width, height):
        self.width = width
        self.height = height
        self.pixels = [0] * (width * height * 3)

    def plot(self, x, y, c):
        i = (y * self.width + x) * 3
        for k, v in enumerate((c.x, c.y, c.z)):
            self.pixels[i + k] = max(0, min(255, int(v * 255)))

    def checksum(self):
        total = 0
        for i, v in enumerate(self.pixels):
            total = (total * 257 + v * (i + 1)) % 2147483647
        return total, sum(self.pixels)


def build_scene():
    scene = Scene(Vector(0.0, 1.8, 10.0), Vector(0.0, 3.0, 0.0), 45.0)
    scene.lights.append(Vector(30.0, 30.0, 10.0))
    scene.lights.append(Vector(-10.0, 100.0, 30.0))
    scene.add(Sphere(Vector(1.0, 3.0, -10.0), 2.0),
              Surface(Vector(1.0, 1.0, 0.0)))
    for i in range(6):
        scene.add(Sphere(Vector(-3.0 + i * 1.5, 4.0 - i * 0.4, -5.0 + i), 0.4),
                  Surface(Vector(0.2 + i * 0.1, 0.3, 0.9 - i * 0.1),
                          specular=0.4))
    scene.add(HalfSpace(Vector(0.0, 0.0, 0.0), UP),
              Checkerboard(Vector(0.1, 0.1, 0.1), Vector(0.9, 0.9, 0.9),
                           size=1.5, specular=0.3, lambert=0.5))
    return scene


def run_once():
    canvas = Canvas(WIDTH, HEIGHT)
    build_scene().render(canvas)
    return canvas.checksum()


EXPECTED = (1153655667, 685129)


def check(result):
    harness.expect(result, EXPECTED, "(image checksum, pixel sum)")


if __name__ == "__main__":
    harness.main("raytrace", run_once, check=check)
