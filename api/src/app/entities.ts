import { Province } from '../modules/region/province.entity.js';
import { Region } from '../modules/region/region.entity.js';
import { Cohort } from '../modules/region/cohort.entity.js';
import { SpbeFramework } from '../modules/spbe/framework.entity.js';
import { SpbeAspect, SpbeDomain, SpbeIndicator } from '../modules/spbe/structure.entity.js';
import { Assessment } from '../modules/assessment/assessment.entity.js';
import { User } from '../modules/user/user.entity.js';
import { Session } from '../modules/user/session.entity.js';
import { Invite } from '../modules/user/invite.entity.js';
import { Category } from '../modules/forum/category.entity.js';
import { Thread } from '../modules/forum/thread.entity.js';
import { Post, PostRevision } from '../modules/forum/post.entity.js';
import { Reaction } from '../modules/forum/reaction.entity.js';
import { Flag } from '../modules/forum/flag.entity.js';
import { ThreadUser } from '../modules/forum/thread-user.entity.js';
import { Notification } from '../modules/notification/notification.entity.js';
import { Meeting } from '../modules/meeting/meeting.entity.js';
import { LiveSession, Participant } from '../modules/meeting/live-session.entity.js';
import { Poll, PollVote, Question, QuestionVote } from '../modules/meeting/question.entity.js';

export const entities = [Province, Region, Cohort, SpbeFramework, SpbeDomain, SpbeAspect, SpbeIndicator, Assessment, User, Session, Invite,
  Category, Thread, Post, PostRevision, Reaction, Flag, ThreadUser, Notification,
  Meeting, LiveSession, Participant, Question, QuestionVote, Poll, PollVote];
