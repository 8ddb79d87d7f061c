import { graphql } from '../../gql';

/** The bell and the list page show the same first page, so a live notification lands in both. */
export const NOTIFICATION_PAGE = 20;

export const NotificationFieldsFragment = graphql(`
  fragment NotificationFields on Notification {
    id
    kind
    createdAt
    readAt
    link
    text
    actor {
      id
      name
      username
    }
    thread {
      id
      title
    }
    post {
      id
      number
    }
  }
`);

export const UnreadNotificationCountQuery = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`);

export const NotificationsQuery = graphql(`
  query Notifications($first: Int!) {
    notifications(first: $first) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...NotificationFields
        }
      }
    }
  }
`);

export const MoreNotificationsQuery = graphql(`
  query MoreNotifications($first: Int!, $after: String!) {
    notifications(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...NotificationFields
        }
      }
    }
  }
`);

export const MyNotificationsSubscription = graphql(`
  subscription MyNotifications {
    myNotifications {
      ...NotificationFields
    }
  }
`);

export const MarkNotificationsReadMutation = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]) {
    markNotificationsRead(ids: $ids)
  }
`);

export const NotificationReadFragment = graphql(`
  fragment NotificationRead on Notification {
    id
    readAt
  }
`);
