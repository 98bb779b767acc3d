// nested: structs containing structs and Vecs; field paths `a.b.c`,
// assignment through nested fields, and methods on inner structs.
#[derive(Debug)]
struct Vec2 {
    x: f64,
    y: f64,
}

impl Vec2 {
    fn len(&self) -> f64 {
        (self.x * self.x + self.y * self.y).sqrt()
    }
}

#[derive(Debug)]
struct Body {
    pos: Vec2,
    vel: Vec2,
}

struct World {
    bodies: Vec<Body>,
    ticks: u32,
}

impl World {
    fn step(&mut self) {
        for b in &mut self.bodies {
            b.pos.x += b.vel.x;
            b.pos.y += b.vel.y;
        }
        self.ticks += 1;
    }
}

fn main() {
    let mut w = World { bodies: Vec::new(), ticks: 0 };
    w.bodies.push(Body { pos: Vec2 { x: 0.0, y: 0.0 }, vel: Vec2 { x: 1.0, y: 0.5 } });
    w.bodies.push(Body { pos: Vec2 { x: 3.0, y: 4.0 }, vel: Vec2 { x: -1.0, y: 0.0 } });
    for _ in 0..3 {
        w.step();
    }
    w.bodies[1].vel.y = 2.0;
    w.step();
    for b in &w.bodies {
        println!("{:?} dist {:.3}", b.pos, b.pos.len());
    }
    println!("ticks {}", w.ticks);
    println!("{:?}", w.bodies[0]);
}
