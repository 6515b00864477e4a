//! A router that remembers its routes, so the authorization test walks exactly the
//! routes that are served: adding one without a policy line fails that test.

use axum::Router;
use axum::handler::Handler;
use axum::http::Method;
use axum::routing::{MethodRouter, delete, get, patch, post, put};

/// One served method and path template, e.g. `GET /api/v1/nominations/{id}`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Route {
    pub method: Method,
    pub path: String,
}

/// An axum router and the list of what it serves, built together.
pub struct Routes<S> {
    router: Router<S>,
    table: Vec<Route>,
}

impl<S: Clone + Send + Sync + 'static> Default for Routes<S> {
    fn default() -> Self {
        Self { router: Router::new(), table: Vec::new() }
    }
}

macro_rules! verb {
    ($name:ident, $method:expr) => {
        pub fn $name<H, T>(self, path: &str, handler: H) -> Self
        where
            H: Handler<T, S>,
            T: 'static,
        {
            self.add($method, path, $name(handler))
        }
    };
}

impl<S: Clone + Send + Sync + 'static> Routes<S> {
    pub fn new() -> Self {
        Self::default()
    }

    verb!(get, Method::GET);
    verb!(post, Method::POST);
    verb!(put, Method::PUT);
    verb!(patch, Method::PATCH);
    verb!(delete, Method::DELETE);

    fn add(mut self, method: Method, path: &str, route: MethodRouter<S>) -> Self {
        // axum merges method routers registered on one path.
        self.router = self.router.route(path, route);
        self.table.push(Route { method, path: path.to_owned() });
        self
    }

    #[must_use]
    pub fn merge(mut self, other: Routes<S>) -> Self {
        self.router = self.router.merge(other.router);
        self.table.extend(other.table);
        self
    }

    /// Wraps the router (fallbacks, layers) without changing what it serves.
    #[must_use]
    pub fn map(mut self, f: impl FnOnce(Router<S>) -> Router<S>) -> Self {
        self.router = f(self.router);
        self
    }

    /// Serves these routes under `prefix`.
    #[must_use]
    pub fn nest(mut self, prefix: &str, other: Routes<S>) -> Self {
        self.router = self.router.nest(prefix, other.router);
        self.table
            .extend(other.table.into_iter().map(|r| Route { method: r.method, path: format!("{prefix}{}", r.path) }));
        self
    }

    pub fn into_parts(self) -> (Router<S>, Vec<Route>) {
        (self.router, self.table)
    }
}
